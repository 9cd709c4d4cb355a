export function App() {
  return (
    <main>
      <h1>Visit-to-Claim</h1>
      <p>Home health visits in, coded UB-04 claim lines and findings out.</p>
    </main>
  );
}
