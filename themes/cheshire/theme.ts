import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'cheshire',
  name: 'Cheshire Constabulary',
  shortName: 'Cheshire',
  colours: {
    brand: '#135f56',
    'brand-contrast': '#ffffff',
    text: '#0f1a18',
    'secondary-text': '#586b69',
    link: '#1660c2',
    'link-visited': '#903cb3',
    focus: '#ffdd00',
    'focus-text': '#0f1a18',
    error: '#c8251d',
    success: '#0a773d',
    border: '#728583',
    background: '#ffffff',
    surface: '#f2f8f7',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.cheshire.police.uk'],
  aliases: ['cheshire.police.uk'],
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
