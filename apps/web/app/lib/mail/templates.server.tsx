// The emails as React Email components: one description of each email's content, from which both the HTML part and
// the plain-text part are made (`render`, and `render` with `plainText`), so the two can never say different things.
// The look is GOV.UK Notify's plain one: Arial at 19px, black on white, a heading, links written out in full.
import type { ReactNode } from 'react'
import { Body } from '@react-email/body'
import { Container } from '@react-email/container'
import { Head } from '@react-email/head'
import { Heading } from '@react-email/heading'
import { Html } from '@react-email/html'
import { Link } from '@react-email/link'
import { render } from '@react-email/render'
import { Text } from '@react-email/text'
import type { Locale, Translate } from '../../i18n/i18n.ts'

const INK = '#0b0c0c'
const text = { fontFamily: 'Arial, sans-serif', fontSize: '19px', lineHeight: '1.4', color: INK, margin: '0 0 20px' }
const h1 = { fontFamily: 'Arial, sans-serif', fontSize: '32px', lineHeight: '1.1', color: INK, margin: '0 0 20px' }
const h2 = { ...h1, fontSize: '24px', margin: '30px 0 15px' }
/** The reference stands out as it does on the confirmation page's panel. */
const reference = { ...text, fontSize: '24px', fontWeight: 'bold', border: `5px solid ${INK}`, padding: '12px' }

function Email({ locale, subject, children }: { locale: Locale; subject: string; children: ReactNode }) {
  return (
    <Html lang={locale}>
      <Head>
        <title>{subject}</title>
      </Head>
      <Body style={{ backgroundColor: '#ffffff', margin: 0 }}>
        <Container style={{ maxWidth: '600px', padding: '16px' }}>{children}</Container>
      </Body>
    </Html>
  )
}

const P = ({ children }: { children: ReactNode }) => <Text style={text}>{children}</Text>

/** A link written out whole, so the plain-text part shows the same address a person would see in the HTML. */
const Address = ({ href }: { href: string }) => (
  <Text style={text}>
    <Link href={href} style={{ color: '#1d70b8', textDecoration: 'underline' }}>
      {href}
    </Link>
  </Text>
)

export interface EmailProps {
  locale: Locale
  t: Translate
  subject: string
}

export function ConfirmationEmail({ locale, t, subject, vars, trackUrl }: EmailProps & { vars: { force: string; service: string; reference: string }; trackUrl: string }) {
  return (
    <Email locale={locale} subject={subject}>
      <Heading as="h1" style={h1}>
        {t('email.confirmationHeading')}
      </Heading>
      <P>{t('email.confirmationIntro', vars)}</P>
      <Text style={reference}>{t('email.confirmationReference', vars)}</Text>
      <Heading as="h2" style={h2}>
        {t('email.confirmationNextHeading')}
      </Heading>
      <P>{t('email.confirmationNext')}</P>
      <P>{t('email.confirmationTrack')}</P>
      <Address href={trackUrl} />
      <P>{t('email.emergency')}</P>
      <P>{t('email.noReply')}</P>
    </Email>
  )
}

export function UpdateEmail({ locale, t, subject, vars, trackUrl }: EmailProps & { vars: { force: string; reference: string }; trackUrl: string }) {
  return (
    <Email locale={locale} subject={subject}>
      <P>{t('staff.emailUpdateBody', vars)}</P>
      <Address href={trackUrl} />
      <P>{t('email.emergency')}</P>
      <P>{t('email.noReply')}</P>
    </Email>
  )
}

export function ResumeEmail({ locale, t, subject, vars, link }: EmailProps & { vars: { force: string }; link: string }) {
  return (
    <Email locale={locale} subject={subject}>
      <Heading as="h1" style={h1}>
        {t('email.resumeHeading')}
      </Heading>
      <P>{t('email.resumeIntro', vars)}</P>
      <Address href={link} />
      <P>{t('email.resumeExpiry')}</P>
      <P>{t('email.resumeKeepSafe')}</P>
      <P>{t('email.resumeNotYou')}</P>
      <P>{t('email.emergency')}</P>
      <P>{t('email.noReply')}</P>
    </Email>
  )
}

/** Both parts of an email from its one description; in the text part, headings keep their case (not upper case). */
export async function bothParts(email: ReactNode): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([
    render(email),
    render(email, {
      plainText: true,
      htmlToTextOptions: {
        selectors: [
          { selector: 'h1', options: { uppercase: false } },
          { selector: 'h2', options: { uppercase: false } },
        ],
      },
    }),
  ])
  return { html, text: text.trim() }
}
