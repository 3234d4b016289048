/** Admin labels in Norwegian (the office's language) and English. */
export const label = (nb: string, en: string) => ({ nb, en })
