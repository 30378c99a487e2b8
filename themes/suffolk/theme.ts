import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'suffolk',
  name: 'Suffolk Constabulary',
  shortName: 'Suffolk',
  colours: {
    brand: '#6223ba',
    'brand-contrast': '#ffffff',
    text: '#140f1a',
    'secondary-text': '#6a6177',
    link: '#155ebd',
    'link-visited': '#8c3bb0',
    focus: '#ffdd00',
    'focus-text': '#140f1a',
    error: '#c4241c',
    success: '#0a753c',
    border: '#837b8f',
    background: '#ffffff',
    surface: '#f4f2f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.suffolk.police.uk'],
  aliases: ['suffolk.police.uk'],
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
