import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'sussex',
  name: 'Sussex Police',
  shortName: 'Sussex',
  colours: {
    brand: '#742b8c',
    'brand-contrast': '#ffffff',
    text: '#170f1a',
    'secondary-text': '#706076',
    link: '#155ebe',
    'link-visited': '#8d3bb0',
    focus: '#ffdd00',
    'focus-text': '#170f1a',
    error: '#c4241c',
    success: '#0a753c',
    border: '#897a8e',
    background: '#ffffff',
    surface: '#f6f2f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.sussex.police.uk'],
  aliases: ['sussex.police.uk'],
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
