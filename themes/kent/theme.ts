import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'kent',
  name: 'Kent Police',
  shortName: 'Kent',
  colours: {
    brand: '#236a45',
    'brand-contrast': '#ffffff',
    text: '#0f1a14',
    'secondary-text': '#596c62',
    link: '#1560c1',
    'link-visited': '#903cb3',
    focus: '#ffdd00',
    'focus-text': '#0f1a14',
    error: '#c8251d',
    success: '#0a773d',
    border: '#72867c',
    background: '#ffffff',
    surface: '#f2f8f5',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.kent.police.uk'],
  aliases: ['kent.police.uk'],
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
