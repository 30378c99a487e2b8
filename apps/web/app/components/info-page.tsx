import type { ReactNode } from 'react'
import { TwoThirds } from '@bluelamp/ui'

/** A plain content page: a heading, then sections of headed paragraphs. */
export function InfoPage({ title, intro, sections, children }: { title: string; intro: string; sections: [string, string][]; children?: ReactNode }) {
  return (
    <TwoThirds>
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{title}</h1>
      <p className="mb-8 text-xl">{intro}</p>
      {sections.map(([heading, body]) => (
        <section key={heading} className="mb-6">
          <h2 className="mb-3 text-2xl font-bold">{heading}</h2>
          <p className="text-lg">{body}</p>
        </section>
      ))}
      {children}
    </TwoThirds>
  )
}
