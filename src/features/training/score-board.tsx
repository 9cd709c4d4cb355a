// The session's quiz score, with a way to start it again.
import { useTrainingScore } from './training-score-store.ts';

export function ScoreBoard() {
  const quizzes = useTrainingScore((state) => state.quizzes);
  const right = useTrainingScore((state) => state.right);
  const total = useTrainingScore((state) => state.total);
  const reset = useTrainingScore((state) => state.reset);
  return (
    <section className="training-score" aria-labelledby="training-score-heading">
      <h3 id="training-score-heading">Session score</h3>
      <p role="status">
        {quizzes === 0
          ? 'No quizzes checked yet.'
          : `${right} of ${total} answers right in ${quizzes} ${quizzes === 1 ? 'quiz' : 'quizzes'}.`}
      </p>
      <button type="button" onClick={reset} disabled={quizzes === 0}>
        Reset score
      </button>
      <p className="muted">
        The score is kept for this sitting only; reloading the page clears it.
      </p>
    </section>
  );
}
