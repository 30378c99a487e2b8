import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'btp',
  name: 'British Transport Police',
  shortName: 'BTP',
  colours: {
    brand: '#146127',
    'brand-contrast': '#ffffff',
    text: '#0f1a12',
    'secondary-text': '#596c5e',
    link: '#1560c1',
    'link-visited': '#8f3cb3',
    focus: '#ffdd00',
    'focus-text': '#0f1a12',
    error: '#c8251d',
    success: '#0a773d',
    border: '#728677',
    background: '#ffffff',
    surface: '#f2f8f3',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.btp.police.uk'],
  aliases: ['btp.police.uk'],
  locales: ['en'],
  contact: {
    nonEmergency: '0800 40 50 40',
    textphone: '18001 0800 40 50 40',
    emergencyTextRelay: '18000',
  },
  social: [],
  options: {
    disabledServices: [],
    enabledServices: [],
    localContacts: [],
  },
})
