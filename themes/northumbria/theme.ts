import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'northumbria',
  name: 'Northumbria Police',
  shortName: 'Northumbria',
  colours: {
    brand: '#a1298d',
    'brand-contrast': '#ffffff',
    text: '#1a0f18',
    'secondary-text': '#755f71',
    link: '#155ebe',
    'link-visited': '#8d3bb1',
    focus: '#ffdd00',
    'focus-text': '#1a0f18',
    error: '#c5251c',
    success: '#0a753c',
    border: '#8d7a8a',
    background: '#ffffff',
    surface: '#f8f2f7',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.northumbria.police.uk'],
  aliases: ['northumbria.police.uk'],
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
