/** French messages returned to users, kept in one place so that wording stays consistent. */
export const Messages = {
  validationFailed: 'Certains champs sont invalides. Corrigez-les puis réessayez.',
  malformedJson: "Le contenu de la requête n’est pas un JSON valide.",
  payloadTooLarge: 'La requête est trop volumineuse.',
  unsupportedMediaType: 'Le contenu de la requête doit être envoyé au format JSON (application/json).',
  captchaInvalid: 'Le code de sécurité saisi est incorrect ou a expiré. Recopiez le nouveau code affiché.',
  invalidCredentials: 'Adresse mail ou mot de passe incorrect.',
  notAuthenticated: 'Vous devez être connecté pour accéder à cette page.',
  forbidden: "Vous n’avez pas les droits nécessaires pour cette action.",
  notFound: "La ressource demandée n’existe pas.",
  conflict: 'Cette ressource existe déjà.',
  emailTaken: 'Un compte utilise déjà cette adresse mail.',
  resetRequested:
    "Si un compte actif correspond à cette adresse, un message contenant un lien de réinitialisation vient d’y être envoyé. Ce lien est valable 24 heures.",
  resetLinkInvalid:
    "Ce lien de réinitialisation n’est plus valide : il a expiré, a déjà été utilisé ou a été remplacé par une demande plus récente. Faites une nouvelle demande.",
  passwordPolicy: 'Le mot de passe ne respecte pas les règles indiquées.',
  passwordMismatch: 'La confirmation ne correspond pas au mot de passe saisi.',
  tooManyRequests: 'Trop de tentatives. Veuillez patienter une minute avant de réessayer.',
  csrfTokenInvalid:
    'La requête a été refusée car son jeton de sécurité est absent ou invalide. Rechargez la page puis réessayez.',
  currentPasswordInvalid: 'Le mot de passe actuel est incorrect.',
  internalError: 'Une erreur interne est survenue. Veuillez réessayer plus tard.',
} as const;

/** French field-level messages used by the DTO decorators. */
export const FieldMessages = {
  required: 'Ce champ est obligatoire.',
  mustBeString: 'Ce champ doit être une chaîne de caractères.',
  tooLong: (max: number) => `Ce champ ne doit pas dépasser ${max} caractères.`,
  invalidEmail: "L’adresse mail n’est pas valide (exemple : prenom.nom@example.fr).",
  invalidCaptchaCode: 'Le code de sécurité doit contenir 4 caractères.',
  invalidCaptchaId: "L’identifiant du code de sécurité n’est pas valide.",
  unexpected: "Ce champ n’est pas attendu.",
  invalidValue: "La valeur de ce champ n’est pas valide.",
} as const;
