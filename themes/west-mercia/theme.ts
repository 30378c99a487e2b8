import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'west-mercia',
  name: 'West Mercia Police',
  shortName: 'West Mercia',
  colours: {
    brand: '#2a4e21',
    'brand-contrast': '#ffffff',
    text: '#111a0f',
    'secondary-text': '#5c6c58',
    link: '#1560c1',
    'link-visited': '#903cb3',
    focus: '#ffdd00',
    'focus-text': '#111a0f',
    error: '#c8251d',
    success: '#0a773d',
    border: '#758572',
    background: '#ffffff',
    surface: '#f3f8f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.westmercia.police.uk'],
  aliases: ['westmercia.police.uk'],
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
