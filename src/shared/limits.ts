/** Limits shared by the web forms and the server, so both refuse the same input. */
export const LIMITS = {
  emailMax: 254,
  nameMax: 200,
  displayNameMax: 120,
  passwordMin: 10,
  passwordMax: 200,
  acronymMax: 30,
  descriptionMax: 5000,
  urlMax: 500,
  searchMax: 200,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  tokenNameMax: 80,
  vocabularyLabelMax: 120,
  vocabularyDefinitionMax: 1000,
} as const;
