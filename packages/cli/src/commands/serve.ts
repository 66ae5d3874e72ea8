export async function runServe(_o: unknown, _io: unknown): Promise<number> { return 0 }
