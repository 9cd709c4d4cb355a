// The warning every share link carries: the link is the claim's data.
export function ShareWarning({ id }: { id?: string }) {
  return (
    <div className="share-warning" id={id}>
      <p>
        <strong>
          Warning: a share link contains this claim’s data, including patient visit data.
        </strong>
      </p>
      <p>
        Anyone who has the link can read the claim. Share it only through secure channels your
        organisation approves for patient information, never in a public place. The data stays in
        the part of the address after “#”, which browsers do not send to any server.
      </p>
    </div>
  );
}
