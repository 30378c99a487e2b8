import { addons } from 'storybook/manager-api'

// Designers come for the components: the 46 theme pages sit last, folded under one "Themes" heading until opened.
addons.setConfig({
  sidebar: { collapsedRoots: ['themes'] },
})
