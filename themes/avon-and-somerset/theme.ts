import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'avon-and-somerset',
  name: 'Avon and Somerset Constabulary',
  shortName: 'Avon and Somerset',
  colours: {
    brand: '#ac2a59',
    'brand-contrast': '#ffffff',
    text: '#1a0f13',
    'secondary-text': '#766068',
    link: '#155ebe',
    'link-visited': '#8d3bb0',
    focus: '#ffdd00',
    'focus-text': '#1a0f13',
    error: '#c4241c',
    success: '#0a753c',
    border: '#8e7a81',
    background: '#ffffff',
    surface: '#f8f2f4',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '2px',
  hostnames: ['www.avonandsomerset.police.uk'],
  aliases: ['avonandsomerset.police.uk'],
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
