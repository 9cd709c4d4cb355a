// The session's quiz score. Kept in memory only (not persisted, not in sessionStorage): a
// score is for this sitting, and a reload or "Reset score" starts afresh.
import { create } from 'zustand';

export interface TrainingScore {
  quizzes: number;
  right: number;
  total: number;
  /** Adds one checked quiz's marks. */
  record: (right: number, total: number) => void;
  reset: () => void;
}

export const useTrainingScore = create<TrainingScore>()((set) => ({
  quizzes: 0,
  right: 0,
  total: 0,
  record: (right, total) =>
    set((state) => ({
      quizzes: state.quizzes + 1,
      right: state.right + right,
      total: state.total + total,
    })),
  reset: () => set({ quizzes: 0, right: 0, total: 0 }),
}));
