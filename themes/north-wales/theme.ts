import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'north-wales',
  name: 'North Wales Police',
  nameCy: 'Heddlu Gogledd Cymru',
  shortName: 'North Wales',
  colours: {
    brand: '#204d44',
    'brand-contrast': '#ffffff',
    text: '#0f1a17',
    'secondary-text': '#586b68',
    link: '#1660c2',
    'link-visited': '#903cb3',
    focus: '#ffdd00',
    'focus-text': '#0f1a17',
    error: '#c8251d',
    success: '#0a773d',
    border: '#728581',
    background: '#ffffff',
    surface: '#f2f8f7',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.north-wales.police.uk'],
  aliases: ['north-wales.police.uk'],
  locales: ['en', 'cy'],
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
