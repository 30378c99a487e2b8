// @vitest-environment node
// Every component must render on the server, where there is no window or document.
import { renderToString } from 'react-dom/server'
import * as ui from './index.ts'

const { Radios, Checkboxes } = ui
const items = [{ value: 'a', label: 'A', conditional: <p>More</p> }, { divider: 'or' }, { value: 'n', label: 'None', exclusive: true }]

const cases: [string, React.ReactElement][] = [
  ['SkipLink', <ui.SkipLink key="k" />],
  ['Header', <ui.Header key="k" homeHref="/" logo={<svg />} title="Force" navigation={[{ href: '/', label: 'Home', current: true }]} languageToggle={{ href: '?lang=cy', label: 'Cymraeg', lang: 'cy', hrefLang: 'cy' }} />],
  ['Footer', <ui.Footer key="k" links={[{ href: '/c', label: 'Cookies' }]} meta="©">Call 101</ui.Footer>],
  ['PhaseBanner', <ui.PhaseBanner key="k" phase="Beta">New</ui.PhaseBanner>],
  ['BackLink', <ui.BackLink key="k" href="/" />],
  ['Breadcrumbs', <ui.Breadcrumbs key="k" items={[{ href: '/', label: 'Home' }]} />],
  ['ExitThisPage', <ui.ExitThisPage key="k" />],
  ['CookieBanner', <ui.CookieBanner key="k" title="Cookies" action="/cookies" viewHref="/cookies" />],
  ['Button', <ui.Button key="k">Go</ui.Button>],
  ['FormField', <ui.FormField key="k" id="f" label="L" hint="H" error="E"><ui.TextInput prefix="£" /></ui.FormField>],
  ['Textarea', <ui.Textarea key="k" aria-label="T" />],
  ['CharacterCount', <ui.CharacterCount key="k" id="c" maxLength={5} />],
  ['Select', <ui.Select key="k" aria-label="S" options={[{ value: 'a', label: 'A' }]} />],
  ['FileUpload', <ui.FileUpload key="k" aria-label="F" />],
  ['Radios', <Radios key="k" idPrefix="r" name="r" legend="Q" items={items} />],
  ['Checkboxes', <Checkboxes key="k" idPrefix="c" name="c" legend="Q" items={items} />],
  ['DateInput', <ui.DateInput key="k" idPrefix="d" legend="When?" />],
  ['TimeInput', <ui.TimeInput key="k" idPrefix="t" legend="What time?" />],
  ['ErrorSummary', <ui.ErrorSummary key="k" errors={[{ href: '#f', text: 'Fix' }]} />],
  ['WarningText', <ui.WarningText key="k">Call 999</ui.WarningText>],
  ['Panel', <ui.Panel key="k" title="Done">Ref</ui.Panel>],
  ['InsetText', <ui.InsetText key="k">Note</ui.InsetText>],
  ['SummaryList', <ui.SummaryList key="k" rows={[{ key: 'K', value: 'V', actions: [{ href: '#', text: 'Change', visuallyHiddenText: 'k' }] }]} />],
  ['NotificationBanner', <ui.NotificationBanner key="k" title="Success" type="success">Done</ui.NotificationBanner>],
  ['Details', <ui.Details key="k" summary="Help">Text</ui.Details>],
  ['Tag', <ui.Tag key="k">Received</ui.Tag>],
  ['Table', <ui.Table key="k" caption="C" columns={[{ header: 'H' }]} rows={[['v']]} />],
  ['Pagination', <ui.Pagination key="k" pages={[{ number: 1, href: '?p=1', current: true }]} />],
  ['TaskList', <ui.TaskList key="k" items={[{ id: 't', title: 'T', href: '/t', status: { text: 'Done' } }]} />],
  ['StepProgress', <ui.StepProgress key="k" current={1} total={8} />],
  ['Layout', <ui.WidthContainer key="k"><ui.Main>Content</ui.Main></ui.WidthContainer>],
]

describe('server rendering', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined')
  })

  it.each(cases)('%s renders to HTML', (_name, element) => {
    expect(renderToString(element).length).toBeGreaterThan(0)
  })
})
