import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'lancashire',
  name: 'Lancashire Constabulary',
  shortName: 'Lancashire',
  colours: {
    brand: '#125012',
    'brand-contrast': '#ffffff',
    text: '#0f1a0f',
    'secondary-text': '#596c59',
    link: '#1560c1',
    'link-visited': '#8f3cb3',
    focus: '#ffdd00',
    'focus-text': '#0f1a0f',
    error: '#c8251d',
    success: '#0a773d',
    border: '#728672',
    background: '#ffffff',
    surface: '#f2f8f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.lancashire.police.uk'],
  aliases: ['lancashire.police.uk'],
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
