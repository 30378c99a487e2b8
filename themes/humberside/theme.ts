import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'humberside',
  name: 'Humberside Police',
  shortName: 'Humberside',
  colours: {
    brand: '#652789',
    'brand-contrast': '#ffffff',
    text: '#160f1a',
    'secondary-text': '#6e6176',
    link: '#155ebe',
    'link-visited': '#8d3bb0',
    focus: '#ffdd00',
    'focus-text': '#160f1a',
    error: '#c4241c',
    success: '#0a753c',
    border: '#877b8f',
    background: '#ffffff',
    surface: '#f6f2f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.humberside.police.uk'],
  aliases: ['humberside.police.uk'],
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
