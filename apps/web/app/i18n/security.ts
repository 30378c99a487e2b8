/**
 * Security pages: an expired or forged form (403), too many attempts (429), a request too large (413), a request we
 * cannot read (400), a method or kind of content a page does not take (405, 415), the service unavailable (503).
 */
export const en = {
  honeypotLabel: 'Leave this field empty',
  csrfTitle: 'Your session has expired or the form was sent from elsewhere',
  csrfBody: 'We have not saved anything from that form. Go back, reload the page and try again.',
  csrfBack: 'Go back to the start',
  rateLimitedTitle: 'You have tried too many times',
  rateLimitedBody: 'To keep this service safe we limit how often it can be used. Wait {{minutes}} minutes, then try again.',
  rateLimitedBodyOne: 'To keep this service safe we limit how often it can be used. Wait a minute, then try again.',
  tooLargeTitle: 'What you sent was too large',
  tooLargeBody:
    'We have not saved anything from that form. Go back and try again with less text, or with smaller or fewer files (each file must be smaller than {{size}}).',
  emergency: 'If it is an emergency, call 999. Otherwise call 101.',
  badRequestTitle: 'Sorry, we could not read what was sent',
  badRequestBody: 'We have not saved anything from that request. Go back, reload the page and try again.',
  methodTitle: 'This page cannot do that',
  methodBody: 'The page was asked to do something it does not do. Nothing has been saved. Go back and use the page’s own buttons and links.',
  contentTypeTitle: 'Sorry, we could not read what was sent',
  contentTypeBody: 'The form was sent in a way this service does not accept, so nothing has been saved. Go back, reload the page and try again.',
  unavailableTitle: 'Sorry, the service is unavailable',
  unavailableBody: 'Your answers are kept: everything you saved before this page is still there. Try again in a minute or two.',
  unavailableBack: 'Use your browser’s back button to return to the page you were on: your browser keeps what you typed on it.',
}

export const cy: Record<keyof typeof en, string> = {
  honeypotLabel: 'Gadewch y maes hwn yn wag',
  csrfTitle: 'Mae eich sesiwn wedi dod i ben neu anfonwyd y ffurflen o rywle arall',
  csrfBody: 'Nid ydym wedi cadw dim o’r ffurflen honno. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  csrfBack: 'Ewch yn ôl i’r dechrau',
  rateLimitedTitle: 'Rydych wedi rhoi cynnig arni ormod o weithiau',
  rateLimitedBody: 'Er mwyn cadw’r gwasanaeth hwn yn ddiogel rydym yn cyfyngu ar ba mor aml y gellir ei ddefnyddio. Arhoswch {{minutes}} munud, yna rhowch gynnig arall arni.',
  rateLimitedBodyOne: 'Er mwyn cadw’r gwasanaeth hwn yn ddiogel rydym yn cyfyngu ar ba mor aml y gellir ei ddefnyddio. Arhoswch funud, yna rhowch gynnig arall arni.',
  tooLargeTitle: 'Roedd yr hyn a anfonwyd gennych yn rhy fawr',
  tooLargeBody:
    'Nid ydym wedi cadw dim o’r ffurflen honno. Ewch yn ôl a rhowch gynnig arall arni gyda llai o destun, neu gyda ffeiliau llai neu lai o ffeiliau (rhaid i bob ffeil fod yn llai na {{size}}).',
  emergency: 'Os yw’n argyfwng, ffoniwch 999. Fel arall, ffoniwch 101.',
  badRequestTitle: 'Mae’n ddrwg gennym, nid oedd modd i ni ddarllen yr hyn a anfonwyd',
  badRequestBody: 'Nid ydym wedi cadw dim o’r cais hwnnw. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  methodTitle: 'Ni all y dudalen hon wneud hynny',
  methodBody: 'Gofynnwyd i’r dudalen wneud rhywbeth nad yw’n ei wneud. Nid oes dim wedi’i gadw. Ewch yn ôl a defnyddiwch fotymau a dolenni’r dudalen ei hun.',
  contentTypeTitle: 'Mae’n ddrwg gennym, nid oedd modd i ni ddarllen yr hyn a anfonwyd',
  contentTypeBody: 'Anfonwyd y ffurflen mewn ffordd nad yw’r gwasanaeth hwn yn ei derbyn, felly nid oes dim wedi’i gadw. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  unavailableTitle: 'Mae’n ddrwg gennym, nid yw’r gwasanaeth ar gael',
  unavailableBody: 'Mae eich atebion wedi’u cadw: mae popeth a gadwoch cyn y dudalen hon yno o hyd. Rhowch gynnig arall arni ymhen munud neu ddau.',
  unavailableBack: 'Defnyddiwch fotwm yn ôl eich porwr i ddychwelyd i’r dudalen yr oeddech arni: mae eich porwr yn cadw’r hyn a deipiwyd gennych arni.',
}
