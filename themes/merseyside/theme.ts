import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'merseyside',
  name: 'Merseyside Police',
  shortName: 'Merseyside',
  colours: {
    brand: '#5f2fcf',
    'brand-contrast': '#ffffff',
    text: '#120f1a',
    'secondary-text': '#696278',
    link: '#155ebd',
    'link-visited': '#8c3bb0',
    focus: '#ffdd00',
    'focus-text': '#120f1a',
    error: '#c4241c',
    success: '#0a753c',
    border: '#827c90',
    background: '#ffffff',
    surface: '#f4f2f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.merseyside.police.uk'],
  aliases: ['merseyside.police.uk'],
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
