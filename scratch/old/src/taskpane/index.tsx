// The pane's entry: wait for Office, pick the language from Office's UI, render.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { langFromLocale } from "../core/messages";
import { App } from "./App";

Office.onReady(() => {
  const lang = langFromLocale(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} />
    </FluentProvider>,
  );
});
