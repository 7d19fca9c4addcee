import { Box, Text } from 'ink';
import type { ReactNode } from 'react';

/** A titled, rounded frame around a dashboard panel. */
export function Panel({ title, width, children }: { title: ReactNode; width?: number; children: ReactNode }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="gray" paddingX={1} width={width}>
      <Text bold wrap="truncate">
        {title}
      </Text>
      {children}
    </Box>
  );
}
