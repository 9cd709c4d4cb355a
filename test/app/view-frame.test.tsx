import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewFrame } from '../../src/app/view-frame.tsx';

describe('ViewFrame', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the view', () => {
    render(
      <ViewFrame title="Calculator">
        <p>Visit grid</p>
      </ViewFrame>,
    );
    expect(screen.getByText('Visit grid')).toBeInTheDocument();
  });

  it('names the view that broke instead of blanking the page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('cell renderer broke');
    }
    render(
      <ViewFrame title="Calculator">
        <Broken />
      </ViewFrame>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Something went wrong showing the calculator view',
    );
  });

  it('shows a loading line while the view’s code is on its way', () => {
    function Loading(): never {
      throw new Promise(() => {});
    }
    render(
      <ViewFrame title="Reference">
        <Loading />
      </ViewFrame>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading reference…');
  });
});
