import { useKiosk } from '../store';

/** One button per language the content offers; shown on every screen. */
export function LanguageToggle() {
  const languages = useKiosk((state) => state.content?.content?.languages);
  const current = useKiosk((state) => state.session.lang ?? state.content?.content?.defaultLanguage);
  const choose = useKiosk((state) => state.chooseLanguage);
  if (!languages || languages.length < 2) return null;
  return (
    <div className="language-toggle" role="group" aria-label="Language / Idioma">
      {languages.map(({ code, label }) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === current}
          onClick={(event) => {
            // On the attract screen a tap anywhere starts; choosing a language must not.
            event.stopPropagation();
            choose(code);
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
