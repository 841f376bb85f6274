/** A plain full-screen message, for starting up and for a host that cannot be reached. */
export function MessageScreen({ title, text }: { title: string; text?: string }) {
  return (
    <main className="screen message" role={text ? 'alert' : 'status'}>
      <h1>{title}</h1>
      {text && <p>{text}</p>}
    </main>
  );
}
