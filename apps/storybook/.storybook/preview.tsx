import type { Preview } from '@storybook/react-vite'
import { withThemeByDataAttribute } from '@storybook/addon-themes'
import { tenantIds } from '@bluelamp/tenants/registry'
import './preview.css'

// The toolbar lists every force in the generated registry: a new theme folder appears here with no code change.
// Keys are the force ids, so a story can be opened under a theme with `&globals=theme:<force-id>`.
const themes = Object.fromEntries(tenantIds.map((id) => [id, id]))

const preview: Preview = {
  decorators: [
    withThemeByDataAttribute({
      themes,
      defaultTheme: tenantIds[0] ?? '',
      attributeName: 'data-theme',
      parentSelector: 'html',
    }),
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } },
    },
    options: {
      storySort: { order: ['Introduction', 'Themes', 'Page', 'Form', 'Content', 'Patterns'] },
    },
  },
}

export default preview
