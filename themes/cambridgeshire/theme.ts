import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'cambridgeshire',
  name: 'Cambridgeshire Constabulary',
  shortName: 'Cambridgeshire',
  colours: {
    brand: '#aa3044',
    'brand-contrast': '#ffffff',
    text: '#1a0f11',
    'secondary-text': '#766064',
    link: '#155ebe',
    'link-visited': '#8d3bb0',
    focus: '#ffdd00',
    'focus-text': '#1a0f11',
    error: '#c4241c',
    success: '#0a753c',
    border: '#8e7a7e',
    background: '#ffffff',
    surface: '#f8f2f3',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.cambs.police.uk'],
  aliases: ['cambs.police.uk'],
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
