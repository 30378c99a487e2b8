import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'south-wales',
  name: 'South Wales Police',
  nameCy: 'Heddlu De Cymru',
  shortName: 'South Wales',
  colours: {
    brand: '#394b1d',
    'brand-contrast': '#ffffff',
    text: '#161a0f',
    'secondary-text': '#636b57',
    link: '#1660c2',
    'link-visited': '#903cb5',
    focus: '#ffdd00',
    'focus-text': '#161a0f',
    error: '#c9251d',
    success: '#0a783d',
    border: '#7d8471',
    background: '#ffffff',
    surface: '#f6f8f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.south-wales.police.uk'],
  aliases: ['south-wales.police.uk'],
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
