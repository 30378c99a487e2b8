import type { Preview } from '@storybook/react-vite'
import { withThemeByDataAttribute } from '@storybook/addon-themes'
import { tenantIds } from '@bluelamp/tenants/registry'
import { defaultTheme } from './default-theme.ts'
import './preview.css'

// The toolbar lists every force in the generated registry: a new theme folder appears here with no code change.
// Keys are the force ids, so a story can be opened under a theme with `&globals=theme:<force-id>`. It opens on a demo
// force (default-theme.ts).
const themes = Object.fromEntries(tenantIds.map((id) => [id, id]))

const preview: Preview = {
  decorators: [
    withThemeByDataAttribute({
      themes,
      defaultTheme: defaultTheme(),
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
      // Components first; the theme pages last (and folded in the sidebar: manager.ts).
      storySort: { order: ['Introduction', 'Page', 'Form', 'Content', 'Patterns', '*', 'Themes'] },
    },
  },
}

export default preview
