import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'derbyshire',
  name: 'Derbyshire Constabulary',
  shortName: 'Derbyshire',
  colours: {
    brand: '#855131',
    'brand-contrast': '#ffffff',
    text: '#1a130f',
    'secondary-text': '#71645c',
    link: '#155fc0',
    'link-visited': '#8e3bb2',
    focus: '#ffdd00',
    'focus-text': '#1a130f',
    error: '#c6251c',
    success: '#0a763c',
    border: '#8a7e76',
    background: '#ffffff',
    surface: '#f8f4f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '2px',
  hostnames: ['www.derbyshire.police.uk'],
  aliases: ['derbyshire.police.uk'],
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
