import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'wiltshire',
  name: 'Wiltshire Police',
  shortName: 'Wiltshire',
  colours: {
    brand: '#6245ca',
    'brand-contrast': '#ffffff',
    text: '#120f1a',
    'secondary-text': '#676278',
    link: '#155ebd',
    'link-visited': '#8c3bb0',
    focus: '#ffdd00',
    'focus-text': '#120f1a',
    error: '#c4241c',
    success: '#0a753c',
    border: '#817c90',
    background: '#ffffff',
    surface: '#f3f2f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.wiltshire.police.uk'],
  aliases: ['wiltshire.police.uk'],
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
