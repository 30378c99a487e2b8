import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'bedfordshire',
  name: 'Bedfordshire Police',
  shortName: 'Bedfordshire',
  colours: {
    brand: '#695117',
    'brand-contrast': '#ffffff',
    text: '#1a170f',
    'secondary-text': '#6d6759',
    link: '#155fc0',
    'link-visited': '#8f3cb3',
    focus: '#ffdd00',
    'focus-text': '#1a170f',
    error: '#c8251d',
    success: '#0a773d',
    border: '#868172',
    background: '#ffffff',
    surface: '#f8f6f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '2px',
  hostnames: ['www.beds.police.uk'],
  aliases: ['beds.police.uk'],
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
