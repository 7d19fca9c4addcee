import { createContext, type ReactNode, useContext } from 'react';
import { en, type Messages } from './messages-en.js';

// English unless a provider says otherwise, so a component rendered alone (a test, the sweep) speaks as before
const MessagesContext = createContext<Messages>(en);

/** Gives the components below it the words of one language. */
export function MessagesProvider({ messages, children }: { messages: Messages; children: ReactNode }) {
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
}

/** The words of the dashboard's language. */
export const useMessages = (): Messages => useContext(MessagesContext);
