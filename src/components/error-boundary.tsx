// Keeps a rendering fault in one view from blanking the screen. The data lives in the store and
// localStorage, not in the view, so nothing typed is lost; "Try again" re-renders the view.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the fallback calls the view, e.g. "the calculator". */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Nothing to report: the app makes no network calls. The fallback shows the message.
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-fallback" role="alert">
        <h2>Something went wrong showing {this.props.name}.</h2>
        <p>Your drafts are saved in this browser and have not been changed.</p>
        <p className="muted">Details: {error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
