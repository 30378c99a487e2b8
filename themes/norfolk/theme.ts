import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'norfolk',
  name: 'Norfolk Constabulary',
  shortName: 'Norfolk',
  colours: {
    brand: '#1c5724',
    'brand-contrast': '#ffffff',
    text: '#0f1a11',
    'secondary-text': '#596c5b',
    link: '#1560c1',
    'link-visited': '#8f3cb3',
    focus: '#ffdd00',
    'focus-text': '#0f1a11',
    error: '#c8251d',
    success: '#0a773d',
    border: '#728675',
    background: '#ffffff',
    surface: '#f2f8f3',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.norfolk.police.uk'],
  aliases: ['norfolk.police.uk'],
  locales: ['en'],
  contact: {
    nonEmergency: '101',
    textphone: '18001 101',
    emergencyTextRelay: '18000',
  },
  social: [],
  options: {
    disabledServices: [],
    enabledServices: [],
    localContacts: [],
  },
})
