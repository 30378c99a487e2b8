import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'police-scotland',
  name: 'Police Scotland',
  shortName: 'Police Scotland',
  colours: {
    brand: '#7e3db3',
    'brand-contrast': '#ffffff',
    text: '#150f1a',
    'secondary-text': '#6d6177',
    link: '#155ebe',
    'link-visited': '#8c3bb0',
    focus: '#ffdd00',
    'focus-text': '#150f1a',
    error: '#c4241c',
    success: '#0a753c',
    border: '#867b8f',
    background: '#ffffff',
    surface: '#f5f2f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '2px',
  hostnames: ['www.scotland.police.uk'],
  aliases: ['scotland.police.uk'],
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
