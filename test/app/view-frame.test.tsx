import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_RUNNING_EVENT } from '../../src/app/announce-running.tsx';
import { ViewFrame } from '../../src/app/view-frame.tsx';

// public/first-view.js holds clicks made before the app runs until the app says it runs; if
// that word never came, the page would stay deaf to clicks.
describe('ViewFrame', () => {
  const announced = vi.fn();
  document.addEventListener(APP_RUNNING_EVENT, announced);

  afterEach(() => {
    announced.mockClear();
    vi.restoreAllMocks();
  });

  it('says the app runs once the view is on screen', async () => {
    render(
      <ViewFrame title="Calculator">
        <p>Visit grid</p>
      </ViewFrame>,
    );
    expect(screen.getByText('Visit grid')).toBeInTheDocument();
    await waitFor(() => expect(announced).toHaveBeenCalledTimes(1));
  });

  it('says so too when the view breaks, so that "Try again" can be clicked', async () => {
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
    await waitFor(() => expect(announced).toHaveBeenCalledTimes(1));
  });

  it('shows a loading line, and says nothing yet, while the view’s code is on its way', async () => {
    function Loading(): never {
      throw new Promise(() => {});
    }
    render(
      <ViewFrame title="Reference">
        <Loading />
      </ViewFrame>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading reference…');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(announced).not.toHaveBeenCalled();
  });
});
