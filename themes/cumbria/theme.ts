import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'cumbria',
  name: 'Cumbria Constabulary',
  shortName: 'Cumbria',
  colours: {
    brand: '#883a51',
    'brand-contrast': '#ffffff',
    text: '#1a0f12',
    'secondary-text': '#766066',
    link: '#155ebe',
    'link-visited': '#8d3bb0',
    focus: '#ffdd00',
    'focus-text': '#1a0f12',
    error: '#c4241c',
    success: '#0a753c',
    border: '#8e7a80',
    background: '#ffffff',
    surface: '#f8f2f3',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '2px',
  hostnames: ['www.cumbria.police.uk'],
  aliases: ['cumbria.police.uk'],
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
