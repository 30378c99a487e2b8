import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'hertfordshire',
  name: 'Hertfordshire Constabulary',
  shortName: 'Hertfordshire',
  colours: {
    brand: '#1d6767',
    'brand-contrast': '#ffffff',
    text: '#0f1a1a',
    'secondary-text': '#586b6b',
    link: '#1660c2',
    'link-visited': '#903cb4',
    focus: '#ffdd00',
    'focus-text': '#0f1a1a',
    error: '#c8251d',
    success: '#0a773d',
    border: '#728585',
    background: '#ffffff',
    surface: '#f2f8f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.herts.police.uk'],
  aliases: ['herts.police.uk'],
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
