import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'nottinghamshire',
  name: 'Nottinghamshire Police',
  shortName: 'Nottinghamshire',
  colours: {
    brand: '#1f6951',
    'brand-contrast': '#ffffff',
    text: '#0f1a16',
    'secondary-text': '#586c65',
    link: '#1660c2',
    'link-visited': '#903cb3',
    focus: '#ffdd00',
    'focus-text': '#0f1a16',
    error: '#c8251d',
    success: '#0a773d',
    border: '#72857f',
    background: '#ffffff',
    surface: '#f2f8f6',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.nottinghamshire.police.uk'],
  aliases: ['nottinghamshire.police.uk'],
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
