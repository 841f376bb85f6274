import type { Content, ContentState, Localized, SignupForm } from '../../../main/api';

const english: Localized = {
  lang: 'en',
  tagline: 'Workers united for care.',
  words: {
    tapToStart: 'Tap to start',
    questionsTitle: 'Your questions',
    back: 'Back',
    home: 'Home',
    contentProblems: 'Content has problems',
    idleWarning: 'Still there? Starting over in {seconds} seconds.',
    stillHere: "I'm still here",
    problemsTitle: 'The last edit to the content has errors',
    problemsIntro: 'Visitors still see the content from before the edit. Fix these in {folder} and save.',
    close: 'Close',
    listen: 'Listen',
    stopListening: 'Stop reading',
    largerText: 'Larger text',
    previous: 'Previous',
    next: 'Next',
    position: '{number} of {total}',
    required: 'required',
    keyboard: 'Keyboard',
    done: 'Done',
    space: 'Space',
    delete: 'Delete',
    shift: 'Shift',
    needsStaff: 'This kiosk needs a staff member',
    restarting: 'One moment, please: the kiosk is restarting.',
  },
  slides: [
    { title: 'We are United We Heal', text: 'A national campaign.', seconds: 8 },
    {
      title: 'Get involved',
      text: 'Join us.',
      seconds: 8,
      qr: { url: 'https://example.org/join', caption: 'Scan to join' },
    },
  ],
  faq: [
    {
      id: 'who',
      lang: 'en',
      question: 'Who is AFSCME?',
      answer: [{ type: 'paragraph', children: [{ type: 'text', value: 'A union of public workers.' }] }],
    },
    {
      id: 'goals',
      lang: 'en',
      question: 'What is your goal?',
      answer: [
        {
          type: 'paragraph',
          children: [{ type: 'strong', children: [{ type: 'text', value: 'Better care' }] }],
        },
        {
          type: 'list',
          ordered: false,
          items: [[{ type: 'paragraph', children: [{ type: 'text', value: 'Reasonable caseloads' }] }]],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              qrUrl: 'https://facebook.com/unitedweheal',
              children: [{ type: 'text', value: 'our Facebook page' }],
            },
            { type: 'text', value: ' and ' },
            {
              type: 'link',
              qrUrl: null,
              children: [{ type: 'text', value: 'a plain link' }],
            },
          ],
        },
      ],
    },
  ],
  signup: null,
};

const spanish: Localized = {
  ...english,
  lang: 'es',
  tagline: 'Trabajadores unidos.',
  words: {
    tapToStart: 'Toca para empezar',
    questionsTitle: 'Tus preguntas',
    back: 'Atrás',
    home: 'Inicio',
    contentProblems: 'Hay problemas',
    idleWarning: '¿Sigues ahí? Volvemos al inicio en {seconds} segundos.',
    stillHere: 'Sigo aquí',
    problemsTitle: 'La última edición tiene errores',
    problemsIntro: 'Corrige esto en {folder} y guarda.',
    close: 'Cerrar',
    listen: 'Escuchar',
    stopListening: 'Dejar de leer',
    largerText: 'Letra más grande',
    previous: 'Anterior',
    next: 'Siguiente',
    position: '{number} de {total}',
    required: 'obligatorio',
    keyboard: 'Teclado',
    done: 'Listo',
    space: 'Espacio',
    delete: 'Borrar',
    shift: 'Mayúsculas',
    needsStaff: 'Este quiosco necesita a alguien del personal',
    restarting: 'Un momento, por favor: el quiosco se está reiniciando.',
  },
  faq: [{ ...english.faq[0]!, lang: 'es', question: '¿Quién es AFSCME?' }, english.faq[1]!],
};

/** A small, valid content in English and Spanish. */
export const content: Content = {
  campaign: { name: 'United We Heal' },
  theme: { primary: '#00573f', accent: '#f2a900', background: '#ffffff', text: '#111111' },
  idle: { slideSeconds: 8, warningSeconds: 20, browseSeconds: 40, formSeconds: 100 },
  defaultLanguage: 'en',
  languages: [
    { code: 'en', label: 'English' },
    { code: 'es', label: 'Español' },
  ],
  byLanguage: { en: english, es: spanish },
};

/** Content as main sends it. */
export const contentState = (overrides: Partial<ContentState> = {}): ContentState => ({
  version: 1,
  folder: '/kiosk/content',
  content,
  problems: [],
  ...overrides,
});

/** The signup form in English, as main localizes kiosk.yaml's `signup` group. */
export const signupEnglish: SignupForm = {
  button: 'Join the campaign',
  title: 'Stay in touch',
  intro: 'An organizer will reach out.',
  fields: [
    { name: 'firstName', label: 'First name', required: true },
    { name: 'lastName', label: 'Last name', required: false },
    { name: 'email', label: 'Email', required: false },
    { name: 'phone', label: 'Mobile phone', required: false },
    { name: 'role', label: 'Your role', required: false, choices: ['Therapist', 'Case manager', 'Other'] },
    { name: 'zip', label: 'ZIP code', required: false },
  ],
  consent: [
    { channel: 'email', text: 'Email me about the campaign.' },
    { channel: 'sms', text: 'Text me about the campaign. Reply STOP to stop.' },
  ],
  submit: 'Sign me up',
  thankYou: 'Thank you! An organizer will be in touch soon.',
  phoneRegion: 'US',
  sealTo: [],
};

/** The same form in Spanish. */
export const signupSpanish: SignupForm = {
  ...signupEnglish,
  button: 'Únete a la campaña',
  title: 'Mantente en contacto',
  intro: 'Un organizador se comunicará contigo.',
  fields: [
    { name: 'firstName', label: 'Nombre', required: true },
    { name: 'lastName', label: 'Apellido', required: false },
    { name: 'email', label: 'Correo electrónico', required: false },
    { name: 'phone', label: 'Teléfono celular', required: false },
    {
      name: 'role',
      label: 'Tu puesto',
      required: false,
      choices: ['Terapeuta', 'Administrador(a) de casos', 'Otro'],
    },
    { name: 'zip', label: 'Código postal', required: false },
  ],
  consent: [
    { channel: 'email', text: 'Envíenme correos sobre la campaña.' },
    { channel: 'sms', text: 'Envíenme mensajes de texto. Responde STOP para dejar de recibirlos.' },
  ],
  submit: 'Inscríbeme',
  thankYou: '¡Gracias! Un organizador se comunicará contigo pronto.',
};

/** The small content with a signup form in both languages. */
export const contentWithSignup: Content = {
  ...content,
  byLanguage: {
    en: { ...english, signup: signupEnglish },
    es: { ...spanish, signup: signupSpanish },
  },
};
