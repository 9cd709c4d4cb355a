// Training: the scenario library (#/training), a scenario's quiz (#/training/quiz/<id>) and
// its classroom presentation (#/training/present/<id>).
import { hrefFor, useHashRoute } from '../../components/use-hash-route.ts';
import { findScenario, scenarios } from '../../data/scenarios.ts';
import { ScenarioLibrary } from './scenario-library.tsx';
import { ScenarioPresentation } from './scenario-presentation.tsx';
import { ScenarioQuiz } from './scenario-quiz.tsx';
import { ScoreBoard } from './score-board.tsx';
import './training.css';

function BackLink() {
  return (
    <p className="training-back">
      <a href={hrefFor('training')}>All scenarios</a>
    </p>
  );
}

export function TrainingView() {
  const [, mode, scenarioId] = useHashRoute();
  if (mode === 'quiz' || mode === 'present') {
    const scenario = findScenario(scenarioId ?? '');
    if (!scenario)
      return (
        <div className="training">
          <h2>No scenario “{scenarioId ?? ''}”</h2>
          <BackLink />
        </div>
      );
    return (
      <div className="training">
        <BackLink />
        {mode === 'quiz' ? (
          <ScenarioQuiz key={scenario.id} scenario={scenario} />
        ) : (
          <ScenarioPresentation key={scenario.id} scenario={scenario} />
        )}
      </div>
    );
  }
  return (
    <div className="training">
      <h2>Training scenarios</h2>
      <p>
        Worked home health claims for both payer profiles. Open one in the calculator, take its
        quiz, or present it step by step to a class. No scenario holds patient data.
      </p>
      <ScoreBoard />
      <ScenarioLibrary scenarios={scenarios} />
    </div>
  );
}
