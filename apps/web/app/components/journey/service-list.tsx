/** The force's online services, each a link to its start page with a line on what it is for. */
export function ServiceList({ services }: { services: { id: string; title: string; description: string }[] }) {
  return (
    <ul className="mt-8 divide-y divide-border border-y border-border">
      {services.map((s) => (
        <li key={s.id} className="py-4">
          <h2 className="mb-1 text-xl font-bold">
            <a href={`/services/${s.id}`} className="text-link underline underline-offset-2">
              {s.title}
            </a>
          </h2>
          <p className="m-0 text-secondary-text">{s.description}</p>
        </li>
      ))}
    </ul>
  )
}
