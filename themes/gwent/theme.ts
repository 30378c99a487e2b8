import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'gwent',
  name: 'Gwent Police',
  nameCy: 'Heddlu Gwent',
  shortName: 'Gwent',
  colours: {
    brand: '#87187e',
    'brand-contrast': '#ffffff',
    text: '#1a0f19',
    'secondary-text': '#755f73',
    link: '#155ebe',
    'link-visited': '#8d3bb1',
    focus: '#ffdd00',
    'focus-text': '#1a0f19',
    error: '#c5251c',
    success: '#0a753c',
    border: '#8d798c',
    background: '#ffffff',
    surface: '#f8f2f7',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '2px',
  hostnames: ['www.gwent.police.uk'],
  aliases: ['gwent.police.uk'],
  locales: ['en', 'cy'],
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
