import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'cleveland',
  name: 'Cleveland Police',
  shortName: 'Cleveland',
  colours: {
    brand: '#4b4616',
    'brand-contrast': '#ffffff',
    text: '#1a190f',
    'secondary-text': '#6a6857',
    link: '#1660c2',
    'link-visited': '#903cb4',
    focus: '#ffdd00',
    'focus-text': '#1a190f',
    error: '#c8251d',
    success: '#0a773d',
    border: '#848270',
    background: '#ffffff',
    surface: '#f8f7f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.cleveland.police.uk'],
  aliases: ['cleveland.police.uk'],
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
