import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'thames-valley',
  name: 'Thames Valley Police',
  shortName: 'Thames Valley',
  colours: {
    brand: '#3d5d25',
    'brand-contrast': '#ffffff',
    text: '#141a0f',
    'secondary-text': '#606b58',
    link: '#1660c2',
    'link-visited': '#903cb4',
    focus: '#ffdd00',
    'focus-text': '#141a0f',
    error: '#c8251d',
    success: '#0a773d',
    border: '#7a8572',
    background: '#ffffff',
    surface: '#f4f8f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '2px',
  hostnames: ['www.thamesvalley.police.uk'],
  aliases: ['thamesvalley.police.uk'],
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
