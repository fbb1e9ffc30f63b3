// Run after every test file's own hooks (jest's setupFilesAfterEnv): its temporary folders go.
import { removeTempDirs } from "./temp-dirs";

afterAll(removeTempDirs);
