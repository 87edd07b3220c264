// A form's refusal, shown in place under the form (`role="alert"`, so a screen reader says it at
// once): nothing at all while there is none. Text only, never markup.
export interface FormErrorProps {
  readonly message: string | null;
}

export function FormError({ message }: FormErrorProps) {
  if (message === null) return null;
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  );
}
